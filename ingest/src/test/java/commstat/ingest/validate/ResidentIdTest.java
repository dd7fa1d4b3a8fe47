package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.read.Cell;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {
    private static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 5);

    private static ResidentId parse(String text) throws FieldFault {
        return ResidentId.parse("id_number", Cell.text(text), text, SUBMITTED);
    }

    @Test
    void aValidIdGivesBirthDateAndSex() throws Exception {
        ResidentId id = parse("371902199003151232");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(id.male()).isTrue();
        assertThat(parse("371902198507202246").male()).isFalse();
    }

    @Test
    void lowerCaseXAndFullWidthDigitsNormalise() throws Exception {
        assertThat(parse("37190219880612118x").normalised()).isEqualTo("37190219880612118X");
        assertThat(parse("３７１９０２１９９００３１５１２３２").normalised()).isEqualTo("371902199003151232");
    }

    @Test
    void aWrongCheckCharacterIsInvalidAndTheMessageMasksTheNumber() {
        assertThatThrownBy(() -> parse("371902199003151233"))
                .isInstanceOf(FieldFault.class)
                .hasMessage("id_number: '371902**********33': check character is wrong")
                .satisfies(e -> assertThat(((FieldFault) e).code()).isEqualTo(RejectReason.INVALID_ID_NUMBER));
    }

    @Test
    void theBirthDateMustBeRealAndNotAfterTheSubmission() {
        assertThatThrownBy(() -> parse("371902199002300021")).hasMessageContaining("not a real date")
                .hasMessageNotContaining("19900230");
        assertThatThrownBy(() -> parse("371902203001010021")).hasMessageContaining("after the submission date 2025-03-05");
    }

    @Test
    void shapesOtherThan17DigitsAndACheckCharacterAreInvalid() {
        assertThatThrownBy(() -> parse("3719021992A1250282")).hasMessage(
                "id_number: '371902**********82' is not 17 digits and a check character");
        assertThatThrownBy(() -> parse("37190219900315123")).isInstanceOf(FieldFault.class);
    }

    @Test
    void excelMangledIdsSayWhatHappened() {
        assertThatThrownBy(() -> parse("3.71902E+17")).hasMessageContaining("Excel has cut it to 15 significant digits");
        assertThatThrownBy(() -> ResidentId.parse("id_number", Cell.number("371902199003151000"), "371902199003151000",
                SUBMITTED)).hasMessageContaining("format the column as text");
    }
}
