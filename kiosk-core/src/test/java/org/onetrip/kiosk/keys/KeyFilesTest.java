package org.onetrip.kiosk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path keys;

    @Test
    void theLookupKeyIsCreatedOnFirstStartReadableOnlyByTheKioskUserAndGivesTheSameHashLater() throws Exception {
        LookupKey first = LookupKey.openOrCreate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(LookupKey.FILE_NAME))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(Files.size(keys.resolve(LookupKey.FILE_NAME))).isEqualTo(32);
        LookupKey again = LookupKey.openOrCreate(keys);
        assertThat(again.applicantKey("110101198503121239")).isEqualTo(first.applicantKey("110101198503121239"))
                .doesNotContain("110101198503121239").hasSize(64);
        assertThat(again.applicantKey("110101198503121239")).isNotEqualTo(again.applicantKey("440305197805193287"));
    }

    @Test
    void anotherKioskKeyGivesAnotherHashSoAHashAloneNamesNobody(@TempDir Path otherKeys) {
        assertThat(LookupKey.openOrCreate(keys).applicantKey("110101198503121239"))
                .isNotEqualTo(LookupKey.openOrCreate(otherKeys).applicantKey("110101198503121239"));
    }

    @Test
    void aLookupKeyOthersCanReadOrOfTheWrongSizeIsRefusedWithTheReason() throws Exception {
        LookupKey.openOrCreate(keys);
        Files.setPosixFilePermissions(keys.resolve(LookupKey.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LookupKey.openOrCreate(keys)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("readable by other users");

        Files.setPosixFilePermissions(keys.resolve(LookupKey.FILE_NAME), PosixFilePermissions.fromString("rw-------"));
        Files.write(keys.resolve(LookupKey.FILE_NAME), new byte[7]);
        assertThatThrownBy(() -> LookupKey.openOrCreate(keys)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("must hold 32 bytes");
    }

    @Test
    void theSigningKeyIsCreatedOnceAndItsSignaturesVerify() throws Exception {
        SigningKey first = SigningKey.openOrCreate(keys);
        SigningKey again = SigningKey.openOrCreate(keys);
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);

        assertThat(again.keyId()).isEqualTo(first.keyId()).matches("ed25519-[0-9a-f]{16}");
        assertThat(first.verifies(data, again.sign(data))).isTrue();
        assertThat(first.verifies("other".getBytes(StandardCharsets.UTF_8), again.sign(data))).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(SigningKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedSigningKeyFileIsAClearError() throws Exception {
        SigningKey.openOrCreate(keys);
        Files.write(keys.resolve(SigningKey.PRIVATE_FILE), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> SigningKey.openOrCreate(keys)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("do not hold an Ed25519 key pair");
    }
}
