package org.onetrip.devices.idcard.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void escapesStrings() {
        assertThat(JsonWriter.write("a\"b\\c\nd\te\u0001f/刘䶮")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f/刘䶮\"");
    }

    @Test
    void writesNestedValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 3L);
        map.put("ok", true);
        map.put("none", null);
        map.put("list", Arrays.asList("x", null, 1));
        map.put("k\"ey", Map.of());

        assertThat(JsonWriter.write(map)).isEqualTo("{\"n\":3,\"ok\":true,\"none\":null,\"list\":[\"x\",null,1],\"k\\\"ey\":{}}");
        assertThat(JsonWriter.write(List.of())).isEqualTo("[]");
    }

    @Test
    void refusesValuesItCannotWrite() {
        assertThatThrownBy(() -> JsonWriter.write(new Object())).hasMessageContaining("cannot write Object as JSON");
    }
}
