package dev.ledgerbridge.sync.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Public models must not expose types of {@code internal} packages, not even as constraint annotations. */
class NoInternalTypesTest {

    @Test
    void modelRecordsCarryNoInternalAnnotations() {
        List<String> found = new ArrayList<>();
        for (Class<?> model : List.of(Address.class, Category.class, Customer.class, Order.class, OrderLine.class,
                Product.class, StockLevel.class, Variant.class)) {
            for (RecordComponent c : model.getRecordComponents()) {
                AnnotatedType annotated = c.getAnnotatedType();
                Stream.of(c.getAnnotations(), annotated.getAnnotations())
                        .flatMap(Stream::of)
                        .map(Annotation::annotationType)
                        .filter(t -> t.getPackageName().contains(".internal"))
                        .forEach(t -> found.add(model.getSimpleName() + "." + c.getName() + ": " + t.getName()));
            }
        }
        assertEquals(List.of(), found);
    }
}
