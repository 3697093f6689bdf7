/**
 * Text entry without a physical keyboard: the pinyin table that turns typed letters into Chinese
 * characters for the kiosk's on-screen keyboard.
 */
package org.onetrip.kiosk.input;
