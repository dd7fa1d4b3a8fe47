-- disclosure_accounts (docs/DATA.md, "Disclosure marts"; funds.md, "The quarterly disclosure" and "Rules in detail"):
-- the quarterly disclosure totals of the quarters of Y up to the run date's quarter: per community, quarter and
-- account, and one TOTAL row per community and quarter, the opening balance, income and spending by item, their
-- sums, the closing balance and the reconciliation check. Every column of the Spark mart. Money stays DECIMAL.
WITH txns AS (
    SELECT community_code, account_no, txn_date, direction, item, amount_cny
    FROM stg_funds WHERE is_effective),
-- quarters run from the first with a transaction or an effective funds submission to the run date's quarter
first_quarter AS (
    SELECT min(q) AS first_start FROM (
        SELECT date_trunc('quarter', min(txn_date))::TIMESTAMP AS q FROM txns
        UNION ALL
        SELECT date_trunc('quarter', min(strptime(period || '-01', '%Y-%m-%d')))::TIMESTAMP
        FROM submissions_effective WHERE dataset = 'funds')),
quarters AS (
    SELECT year(q)::INTEGER AS year, quarter(q)::INTEGER AS quarter, q::DATE AS period_start,
           (q + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE AS period_end
    FROM first_quarter f,
         range(coalesce(f.first_start, TIMESTAMP '${run_date} 00:00:00'),
               date_trunc('quarter', DATE '${run_date}')::TIMESTAMP + INTERVAL 3 MONTH, INTERVAL 3 MONTH) AS t(q)
    WHERE f.first_start IS NOT NULL AND year(q) = ${year}),
community_quarters AS (
    SELECT c.community_code, q.*
    FROM ref_communities c CROSS JOIN quarters q
    WHERE (c.established_on IS NULL OR c.established_on <= q.period_end)
      AND (c.dissolved_on IS NULL OR c.dissolved_on >= q.period_start)),
-- the optional opening balance of an account: its latest as_of
opening AS (
    SELECT community_code, account_no, as_of, balance_cny
    FROM ref_opening_balances
    QUALIFY row_number() OVER (PARTITION BY community_code, account_no ORDER BY as_of DESC) = 1),
with_opening AS (SELECT * FROM txns LEFT JOIN opening USING (community_code, account_no)),
accounts AS (
    SELECT community_code, account_no, min(txn_date) AS first_txn_date, max(balance_cny) AS opening_balance_cny
    FROM with_opening GROUP BY community_code, account_no),
-- transactions dated on or before as_of are inside the opening balance and count in no sum
counted AS (
    SELECT community_code, account_no, txn_date, direction, item, amount_cny,
           CASE WHEN direction = 'IN' THEN amount_cny ELSE -amount_cny END AS signed_cny
    FROM with_opening WHERE as_of IS NULL OR txn_date > as_of),
per_account AS (
    SELECT q.community_code, q.year, q.quarter, a.account_no, false AS is_total,
           money(coalesce(a.opening_balance_cny, 0) + money(sum(t.signed_cny) FILTER (WHERE t.txn_date < q.period_start))) AS opening_cny,
           -- Σ by item of the quarter's transactions (FundItem: the item and its direction)
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'CITY_ALLOCATION')) AS income_city_allocation_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'DISTRICT_ALLOCATION')) AS income_district_allocation_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'STREET_ALLOCATION')) AS income_street_allocation_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'SPECIAL_FUND')) AS income_special_fund_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'DONATION')) AS income_donation_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'IN' AND t.item = 'OTHER_INCOME')) AS income_other_income_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'PUBLIC_SERVICE')) AS spending_public_service_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'ACTIVITIES')) AS spending_activities_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'ASSISTANCE')) AS spending_assistance_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'MAINTENANCE')) AS spending_maintenance_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'OFFICE')) AS spending_office_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'STAFF')) AS spending_staff_cny,
           money(sum(t.amount_cny) FILTER (t.txn_date >= q.period_start AND t.direction = 'OUT' AND t.item = 'OTHER_EXPENSE')) AS spending_other_expense_cny,
           -- the balance at the quarter's end computed straight from the ledger, for the reconciliation check
           money(coalesce(a.opening_balance_cny, 0) + money(sum(t.signed_cny))) AS ledger_closing_cny
    FROM community_quarters q
    JOIN accounts a ON a.community_code = q.community_code AND a.first_txn_date <= q.period_end
    LEFT JOIN counted t ON t.community_code = a.community_code AND t.account_no = a.account_no AND t.txn_date <= q.period_end
    GROUP BY q.community_code, q.year, q.quarter, a.account_no, a.opening_balance_cny),
-- TOTAL: the sum of the accounts; zeros for a community-quarter without accounts
total AS (
    SELECT q.community_code, q.year, q.quarter, 'TOTAL' AS account_no, true AS is_total,
           money(sum(opening_cny)) AS opening_cny, money(sum(income_city_allocation_cny)) AS income_city_allocation_cny,
           money(sum(income_district_allocation_cny)) AS income_district_allocation_cny, money(sum(income_street_allocation_cny)) AS income_street_allocation_cny,
           money(sum(income_special_fund_cny)) AS income_special_fund_cny, money(sum(income_donation_cny)) AS income_donation_cny,
           money(sum(income_other_income_cny)) AS income_other_income_cny, money(sum(spending_public_service_cny)) AS spending_public_service_cny,
           money(sum(spending_activities_cny)) AS spending_activities_cny, money(sum(spending_assistance_cny)) AS spending_assistance_cny,
           money(sum(spending_maintenance_cny)) AS spending_maintenance_cny, money(sum(spending_office_cny)) AS spending_office_cny,
           money(sum(spending_staff_cny)) AS spending_staff_cny, money(sum(spending_other_expense_cny)) AS spending_other_expense_cny,
           money(sum(ledger_closing_cny)) AS ledger_closing_cny
    FROM community_quarters q LEFT JOIN per_account p USING (community_code, year, quarter)
    GROUP BY q.community_code, q.year, q.quarter),
both_kinds AS (
    SELECT *, money(income_city_allocation_cny + income_district_allocation_cny + income_street_allocation_cny
                    + income_special_fund_cny + income_donation_cny + income_other_income_cny) AS income_cny,
              money(spending_public_service_cny + spending_activities_cny + spending_assistance_cny
                    + spending_maintenance_cny + spending_office_cny + spending_staff_cny + spending_other_expense_cny) AS spending_cny
    FROM (SELECT * FROM per_account UNION ALL BY NAME SELECT * FROM total))
SELECT community_code, year, quarter, account_no, is_total, opening_cny,
       income_city_allocation_cny, income_district_allocation_cny, income_street_allocation_cny, income_special_fund_cny,
       income_donation_cny, income_other_income_cny, spending_public_service_cny, spending_activities_cny,
       spending_assistance_cny, spending_maintenance_cny, spending_office_cny, spending_staff_cny,
       spending_other_expense_cny, income_cny, spending_cny,
       money(opening_cny + income_cny - spending_cny) AS closing_cny,
       money(opening_cny + income_cny - spending_cny) = ledger_closing_cny AS is_reconciled
FROM both_kinds
ORDER BY community_code, year, quarter, is_total, account_no
