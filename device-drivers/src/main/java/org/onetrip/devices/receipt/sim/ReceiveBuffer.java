package org.onetrip.devices.receipt.sim;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The printer's receive buffer: bytes arrive on the link thread and wait for the engine. */
final class ReceiveBuffer {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private byte[] ring = new byte[8192];
    private int head;
    private int size;

    void put(byte b) {
        lock.lock();
        try {
            if (size == ring.length) {
                byte[] bigger = new byte[ring.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = ring[(head + i) % ring.length];
                }
                ring = bigger;
                head = 0;
            }
            ring[(head + size) % ring.length] = b;
            size++;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next byte, or -1 when none came within the timeout. */
    int take(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (size == 0) {
                if (nanos <= 0) {
                    return -1;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            int b = ring[head] & 0xFF;
            head = (head + 1) % ring.length;
            size--;
            return b;
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            head = 0;
            size = 0;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }
}
