package dev.ledgerbridge.sync.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A product category (AccountView article group).
 *
 * @param code       the category's key
 * @param name       the category's name
 * @param parentCode the parent category's code; absent for flat systems
 */
public record Category(
        @NotBlank @Size(max = 40) String code,
        @Size(max = 100) String name,
        @Size(max = 40) String parentCode) {

    /** A category without a parent. */
    public static Category of(String code, String name) {
        return new Category(code, name, null);
    }
}
