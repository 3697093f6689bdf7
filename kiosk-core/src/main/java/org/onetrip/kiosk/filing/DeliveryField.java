package org.onetrip.kiosk.filing;

import java.util.List;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.FieldRule;
import org.onetrip.config.catalog.FieldType;
import org.onetrip.config.catalog.FormField;
import org.onetrip.config.catalog.PrefillSource;

/** What a posted result needs, each checked like a form field. */
public enum DeliveryField {
    ADDRESS(new FormField("DELIVERY_ADDRESS", FieldType.ADDRESS, new LocalizedText("邮寄地址", "Postal address"),
            new FieldRule(Optional.empty(), 6, 100), PrefillSource.NONE, List.of())),
    POSTCODE(new FormField("DELIVERY_POSTCODE", FieldType.POSTCODE, new LocalizedText("邮政编码", "Postcode"),
            new FieldRule(Optional.empty(), 6, 6), PrefillSource.NONE, List.of())),
    MOBILE(new FormField("DELIVERY_MOBILE", FieldType.PHONE, new LocalizedText("收件人手机号码", "Recipient's mobile"),
            new FieldRule(Optional.empty(), 11, 11), PrefillSource.NONE, List.of()));

    private final FormField field;

    DeliveryField(FormField field) {
        this.field = field;
    }

    public FormField field() {
        return field;
    }
}
