package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The slow hash runs once a minute per good password and stored hash; nothing else is remembered. */
class RememberingPasswordEncoderTest {

    final AtomicInteger hashChecks = new AtomicInteger();
    final AtomicLong now = new AtomicLong(1_000);
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, now::get);

    @Test
    void aGoodPasswordIsHashedOnceAMinute() {
        String stored = encoder.encode("Matkhau2026x");
        assertThat(encoder.matches("Matkhau2026x", stored)).isTrue();
        assertThat(encoder.matches("Matkhau2026x", stored)).isTrue();
        assertThat(hashChecks).hasValue(1);
        now.addAndGet(RememberingPasswordEncoder.TTL.toNanos() + 1);
        assertThat(encoder.matches("Matkhau2026x", stored)).isTrue();
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordOrAChangedHashIsCheckedEveryTime() {
        String stored = encoder.encode("Matkhau2026x");
        assertThat(encoder.matches("Sai2026mat", stored)).isFalse();
        assertThat(encoder.matches("Sai2026mat", stored)).isFalse();
        assertThat(hashChecks).hasValue(2);
        assertThat(encoder.matches("Matkhau2026x", stored)).isTrue();
        // After a password change the stored hash differs: the old password is refused at once.
        String changed = encoder.encode("Moi2026matkhau");
        assertThat(encoder.matches("Matkhau2026x", changed)).isFalse();
        assertThat(encoder.matches("Moi2026matkhau", changed)).isTrue();
        assertThat(encoder.matches(null, changed)).isFalse();
    }
}
