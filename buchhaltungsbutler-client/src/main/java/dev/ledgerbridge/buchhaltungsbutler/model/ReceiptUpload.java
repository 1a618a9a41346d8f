package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Objects;

/**
 * A receipt file for {@code /receipts/upload} (BuchhaltungsButler runs OCR on it), with optional metadata that is ignored for e-invoices.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
@JsonPropertyOrder({"file", "file_name"})
public final class ReceiptUpload extends ReceiptFields {
    @JsonProperty("file")
    @NotNull
    @Size(min = 1, message = "must not be empty")
    private final byte[] file;
    @JsonProperty("file_name")
    @NotBlank
    private final String fileName;

    private ReceiptUpload(Builder b) {
        super(b);
        this.file = b.file == null ? null : b.file.clone();
        this.fileName = b.fileName;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder());
        b.file = file;
        b.fileName = fileName;
        return b;
    }

    /** File content: PDF, XML, JPEG, PNG, BMP or TIFF (required; sent base64-encoded); null when unset */
    public byte[] file() {
        return file == null ? null : file.clone();
    }

    /** File name with extension, e.g. {@code invoice.pdf} (required); null when unset */
    public String fileName() {
        return fileName;
    }

    // The constraints only an upload has, declared on getters (bean validation reads private
    // getters as the property of the same name); the JSON writer uses the fields.

    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private String getCounterparty() {
        return counterparty();
    }

    @Pattern(regexp = "EUR", message = "must be EUR for uploads")
    private String getCurrency() {
        return currency();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Arrays.equals(file, ((ReceiptUpload) other).file)
                && Objects.equals(fileName, ((ReceiptUpload) other).fileName);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Objects.hash(Arrays.hashCode(file), fileName);
    }

    /** Every field with its value; the file as its size only. */
    @Override
    public String toString() {
        return "ReceiptUpload{"
                + "file=" + (file == null ? "null" : file.length + " bytes")
                + ", fileName=" + fileName
                + ", " + sharedFieldsToString() + "}";
    }

    /** Builder for {@link ReceiptUpload}. Not thread-safe. */
    public static final class Builder extends ReceiptFields.Builder<ReceiptUpload, Builder> {
        private byte[] file;
        private String fileName;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** File content: PDF, XML, JPEG, PNG, BMP or TIFF (required; sent base64-encoded). */
        public Builder file(byte[] file) {
            this.file = file;
            return this;
        }

        /** File name with extension, e.g. {@code invoice.pdf} (required). */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public ReceiptUpload build() {
            return new ReceiptUpload(this);
        }
    }
}
