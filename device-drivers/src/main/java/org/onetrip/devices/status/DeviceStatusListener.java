package org.onetrip.devices.status;

/**
 * Receives status changes of a device. Called on the device's own thread: implementations
 * only hand the event on (to a queue, an executor, the UI thread) and never block.
 */
@FunctionalInterface
public interface DeviceStatusListener {
    void statusChanged(DeviceStatusChanged event);
}
