package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Plants the row faults of a first submission into a copy of the clean month (the clean rows stay for a corrected
 * resubmission). At most one fault per row, so each planted fault is exactly one rejected row; the row is marked in
 * {@link MonthTable#faulted()}.
 */
final class RowFaultPlanter {
    private static final String[] BAD_AMOUNTS = {"1.234", "-50.00", "0", "0.00", "1E3", "五百元", "12.5.0"};
    private static final String[] BAD_DATES = {"2025-02-30", "2025.3.4", "20250304", "3月5日", "2025-13-01"};

    private final SynthRandom random;
    private final GenerationTally tally;

    RowFaultPlanter(SynthRandom random, GenerationTally tally) {
        this.random = random;
        this.tally = tally;
    }

    MonthTable plant(MonthTable clean) {
        MonthTable table = clean.copy();
        switch (table.dataset()) {
            case POPULATION -> population(table);
            case EMPLOYMENT -> employment(table);
            case FLOATING -> floating(table);
            case FUNDS -> funds(table);
        }
        return table;
    }

    private void population(MonthTable t) {
        Object[] row = t.rows().get(0);
        double u = random.uniform();
        double p = 0;
        if (u < (p += FaultRates.AGE_SUM_MISMATCH)) {
            int band = 3 + random.between(0, 2);
            int value = (Integer) row[band];
            int delta = random.between(1, 20);
            row[band] = value >= delta && random.chance(0.5) ? value - delta : value + delta;
            mark(t, 0, Planted.AGE_SUM_MISMATCH);
        } else if (u < (p += FaultRates.NEGATIVE_VALUE)) {
            row[random.chance(0.5) ? 6 : 7] = -random.between(1, 3);
            mark(t, 0, Planted.NEGATIVE_VALUE);
        } else if (u < (p += FaultRates.LOW_INCOME_OVER_HOUSEHOLDS)) {
            row[9] = (Integer) row[0] + random.between(1, 50);
            mark(t, 0, Planted.LOW_INCOME_OVER_HOUSEHOLDS);
        } else if (u < (p += FaultRates.ELDERLY_ALONE_OVER_60)) {
            row[10] = (Integer) row[5] + random.between(1, 50);
            mark(t, 0, Planted.ELDERLY_ALONE_OVER_60);
        } else if (u < (p += FaultRates.BAD_INT)) {
            row[0] = new Literal(random.chance(0.5) ? row[0] + ".0" : "约" + row[0]);
            mark(t, 0, Planted.BAD_INT);
        } else if (u < p + FaultRates.ROW_COUNT) {
            // A second row (last month's figures pasted below) or none at all.
            if (random.chance(0.6)) {
                t.rows().add(row.clone());
            } else {
                t.rows().clear();
            }
            t.faulted().set(0);
            tally.plant(Planted.ROW_COUNT);
        }
    }

    private void employment(MonthTable t) {
        int id = t.column("id_number");
        int date = t.column("event_date");
        int type = t.column("event_type");
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] row = t.rows().get(r);
            double u = random.uniform();
            double p = 0;
            if (idFault(t, r, id, u)) {
                continue;
            }
            p += FaultRates.BAD_ID_CHECKSUM + FaultRates.EXCEL_MANGLED_ID;
            if (u < (p += FaultRates.DATE_OUTSIDE_PERIOD)) {
                row[date] = outside(t);
                mark(t, r, Planted.DATE_OUTSIDE_PERIOD);
            } else if (u < (p += FaultRates.BAD_DATE)) {
                row[date] = new Literal(BAD_DATES[random.between(0, BAD_DATES.length - 1)]);
                mark(t, r, Planted.BAD_DATE);
            } else if (u < (p += FaultRates.BAD_CODE)) {
                row[type] = new Literal(random.pick(List.of("失业", "就业登记", "UNEMPLOYED", "再就业")));
                mark(t, r, Planted.BAD_CODE);
            } else if (u < p + FaultRates.DUPLICATE_KEY) {
                duplicateKey(t, r);
            }
        }
    }

    private void floating(MonthTable t) {
        int id = t.column("id_number");
        int gender = t.column("gender");
        int birth = t.column("birth_date");
        int origin = t.column("origin_region");
        int registered = t.column("registered_on");
        int departed = t.column("departed_on");
        int housing = t.column("housing_type");
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] row = t.rows().get(r);
            double u = random.uniform();
            double p = 0;
            if (idFault(t, r, id, u)) {
                continue;
            }
            p += FaultRates.BAD_ID_CHECKSUM + FaultRates.EXCEL_MANGLED_ID;
            if (u < (p += FaultRates.GENDER_MISMATCH)) {
                row[gender] = row[gender] == Label.M ? Label.F : Label.M;
                mark(t, r, Planted.GENDER_MISMATCH);
            } else if (u < (p += FaultRates.BIRTH_DATE_MISMATCH)) {
                LocalDate b = (LocalDate) row[birth];
                row[birth] = random.chance(0.5) ? b.plusYears(1) : b.plusDays(random.between(1, 27));
                mark(t, r, Planted.BIRTH_DATE_MISMATCH);
            } else if (u < (p += FaultRates.BAD_GENDER)) {
                row[gender] = new Literal(random.pick(List.of("男性", "1", "W", "未知")));
                mark(t, r, Planted.BAD_GENDER);
            } else if (u < (p += FaultRates.REGISTERED_AFTER_PERIOD)) {
                row[registered] = t.period().plusMonths(1).atDay(random.between(1, 20));
                row[departed] = null;
                mark(t, r, Planted.REGISTERED_AFTER_PERIOD);
            } else if (u < (p += FaultRates.DEPARTED_BEFORE_REGISTERED)) {
                row[departed] = ((LocalDate) row[registered]).minusDays(random.between(1, 30));
                mark(t, r, Planted.DEPARTED_BEFORE_REGISTERED);
            } else if (u < (p += FaultRates.BAD_CODE)) {
                row[housing] = new Literal(random.pick(List.of("宿舍", "自购房", "RENT")));
                mark(t, r, Planted.BAD_CODE);
            } else if (u < p + FaultRates.BAD_ORIGIN_REGION) {
                row[origin] = new Literal(((String) row[origin]).substring(0, 5));
                mark(t, r, Planted.BAD_ORIGIN_REGION);
            }
        }
    }

    private void funds(MonthTable t) {
        int date = t.column("txn_date");
        int direction = t.column("direction");
        int item = t.column("item");
        int amount = t.column("amount");
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] row = t.rows().get(r);
            double u = random.uniform();
            double p = 0;
            if (u < (p += FaultRates.BAD_AMOUNT)) {
                String bad = BAD_AMOUNTS[random.between(0, BAD_AMOUNTS.length - 1)];
                if (bad.equals("1.234")) {
                    bad = ((BigDecimal) row[amount]).toPlainString() + random.between(1, 9);
                }
                row[amount] = new Literal(bad);
                mark(t, r, Planted.BAD_AMOUNT);
            } else if (u < (p += FaultRates.DATE_OUTSIDE_PERIOD)) {
                row[date] = outside(t);
                mark(t, r, Planted.DATE_OUTSIDE_PERIOD);
            } else if (u < (p += FaultRates.BAD_DATE)) {
                row[date] = new Literal(BAD_DATES[random.between(0, BAD_DATES.length - 1)]);
                mark(t, r, Planted.BAD_DATE);
            } else if (u < (p += FaultRates.BAD_CODE)) {
                row[item] = new Literal(random.pick(List.of("杂费", "MISC", "拨款")));
                mark(t, r, Planted.BAD_CODE);
            } else if (u < (p += FaultRates.ITEM_DIRECTION_MISMATCH)) {
                row[item] = row[direction] == Label.IN ? Label.OFFICE : Label.DONATION;
                mark(t, r, Planted.ITEM_DIRECTION_MISMATCH);
            } else if (u < p + FaultRates.DUPLICATE_KEY) {
                duplicateKey(t, r);
            }
        }
    }

    /** Reuses the key of an earlier valid row, so the ingest keeps that one and rejects this one. */
    private void duplicateKey(MonthTable t, int r) {
        int valid = r == 0 ? -1 : t.faulted().previousClearBit(r - 1);
        if (valid >= 0) {
            int source = random.between(0, valid);
            while (t.faulted().get(source)) {
                source++;
            }
            t.rows().get(r)[0] = t.rows().get(source)[0];
            mark(t, r, Planted.DUPLICATE_KEY);
        }
    }

    /** A bad check character (or two swapped digits), or an ID that went through Excel as a number. */
    private boolean idFault(MonthTable t, int r, int column, double u) {
        Object[] row = t.rows().get(r);
        String id = (String) row[column];
        if (u < FaultRates.BAD_ID_CHECKSUM) {
            row[column] = random.chance(0.5) ? ResidentIds.withBadChecksum(id) : ResidentIds.withSwappedDigits(id, random);
            mark(t, r, Planted.BAD_ID_CHECKSUM);
            return true;
        }
        if (u < FaultRates.BAD_ID_CHECKSUM + FaultRates.EXCEL_MANGLED_ID && id.chars().allMatch(Character::isDigit)) {
            row[column] = new MangledId(id);
            mark(t, r, Planted.EXCEL_MANGLED_ID);
            return true;
        }
        return false;
    }

    private LocalDate outside(MonthTable t) {
        return random.chance(0.5)
                ? t.period().minusMonths(1).atEndOfMonth().minusDays(random.between(0, 5))
                : t.period().plusMonths(1).atDay(random.between(1, 5));
    }

    private void mark(MonthTable t, int row, Planted what) {
        t.faulted().set(row);
        tally.plant(what);
    }

    static boolean hasIdColumn(Dataset dataset) {
        return dataset == Dataset.EMPLOYMENT || dataset == Dataset.FLOATING;
    }
}
