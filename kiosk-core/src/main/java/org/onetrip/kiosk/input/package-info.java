/**
 * Text entry without a physical keyboard, as input models the on-screen keyboard only draws:
 * pinyin composed by the Rime engine ({@link org.onetrip.kiosk.input.PinyinComposition}), with
 * rare characters from the Unihan readings; handwriting recognised by zinnia
 * ({@link org.onetrip.kiosk.input.HandwritingPad}); and editing at a caret
 * ({@link org.onetrip.kiosk.input.CaretText}). The engines run on their own threads.
 */
package org.onetrip.kiosk.input;
