package org.onetrip.devices.receipt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A journal that lives as long as the process, for tests and tools; the kiosk keeps a {@link FileReceiptJournal}. */
public final class InMemoryReceiptJournal implements ReceiptJournal {
    private final Set<ReceiptId> sent = ConcurrentHashMap.newKeySet();

    @Override
    public boolean wasSent(ReceiptId id) {
        return sent.contains(id);
    }

    @Override
    public void markSent(ReceiptId id) {
        sent.add(id);
    }
}
