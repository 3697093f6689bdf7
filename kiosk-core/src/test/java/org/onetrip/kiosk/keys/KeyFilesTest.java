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
    void theDataKeyIsCreatedOnFirstStartReadableOnlyByTheKioskUserAndReadBackLater() throws Exception {
        DataKey first = DataKey.openOrCreate(keys);
        byte[] sealed = first.seal("张伟 110101198503121239".getBytes(StandardCharsets.UTF_8), "row-1");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("data.key"))))
                .isEqualTo("rw-------");
        assertThat(Files.size(keys.resolve("data.key"))).isEqualTo(32);
        DataKey again = DataKey.openOrCreate(keys);
        assertThat(new String(again.open(sealed, "row-1"), StandardCharsets.UTF_8)).isEqualTo("张伟 110101198503121239");
        assertThat(again.applicantLookupKey("110101198503121239")).isEqualTo(first.applicantLookupKey("110101198503121239"));
    }

    @Test
    void sealedDataDoesNotContainThePlainTextAndRefusesToOpenWhenChangedOrMoved() {
        DataKey key = DataKey.openOrCreate(keys);
        byte[] plain = "110101198503121239".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = key.seal(plain, "row-1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("110101198503121239");
        assertThatThrownBy(() -> key.open(sealed, "row-2")).isInstanceOf(DataKey.TamperedDataException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> key.open(sealed, "row-1")).isInstanceOf(DataKey.TamperedDataException.class);
        assertThatThrownBy(() -> key.open(new byte[5], "row-1")).isInstanceOf(DataKey.TamperedDataException.class);
    }

    @Test
    void aDataKeyOthersCanReadOrOfTheWrongSizeIsRefusedWithTheReason() throws Exception {
        DataKey.openOrCreate(keys);
        Files.setPosixFilePermissions(keys.resolve("data.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DataKey.openOrCreate(keys)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("readable by other users");

        Files.setPosixFilePermissions(keys.resolve("data.key"), PosixFilePermissions.fromString("rw-------"));
        Files.write(keys.resolve("data.key"), new byte[7]);
        assertThatThrownBy(() -> DataKey.openOrCreate(keys)).isInstanceOf(KeyFileException.class)
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
