package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.daihoi.platform.DomainException;
import vn.daihoi.security.TestAdmin;

/** The password rules: length, variety, not the username, not a common password (issue 13: aaaaaaaaa1). */
class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "aaaaaaaaa1, account.error.passwordLength",
        "Quantri2026, account.error.passwordLength",
        "aaaaaaaaaaa1, account.error.passwordRepeated",
        "abababab1212, account.error.passwordRepeated",
        "abcdefghijkl, account.error.passwordMix",
        "Nguyenvana2026, account.error.passwordHasUsername",
        "password2026, account.error.passwordCommon",
        "1qaz2wsx3edc, account.error.passwordCommon",
        "Iloveyou2026!, account.error.passwordCommon",
        "2026sunshine!!, account.error.passwordCommon",
        "matkhau123456, account.error.passwordCommon",
    })
    void refuses(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "nguyenvana"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Daihoi2026demo", TestAdmin.PASSWORD, "Matkhau2026x", "Datlai2026xyz", "Bầu cử 2026 tháng 7"})
    void accepts(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "nguyenvana")).doesNotThrowAnyException();
    }

    @Test
    void theListHoldsThousandsOfCommonPasswords() {
        assertThat(PasswordPolicy.isCommon("123456789")).isTrue();
        assertThat(PasswordPolicy.isCommon("qwertyuiop")).isTrue();
        assertThat(PasswordPolicy.isCommon("anhyeuem")).isTrue();
        assertThat(PasswordPolicy.isCommon("daihoi2026demo")).isFalse();
    }

    @Test
    void oneTimePasswordsAlwaysPass() {
        for (int i = 0; i < 2000; i++) {
            String password = OneTimePasswords.next();
            // a username with a sign the generator never uses: a random password may well contain "abc"
            assertThatCode(() -> PasswordPolicy.check(password, "u-1")).doesNotThrowAnyException();
        }
    }
}
