package org.onetrip.devices.printer.system;

import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A print service that renders through a real JDK service but reports the printer attributes a
 * test sets (the way a CUPS queue reports a stopped printer), and that can keep quiet about job
 * completion the way many spoolers do.
 */
final class ReportingPrintService implements PrintService {
    /** What the service tells about a job once the renderer has written it. */
    enum JobEvents {
        /** "job complete", as the renderer says it. */
        COMPLETION,
        /** only "data transfer complete" and "no more events", like many spoolers. */
        NO_MORE_EVENTS,
        /** nothing at all. */
        SILENCE
    }

    private final PrintService renderer;
    private final PrintServiceAttributeSet reported = new HashPrintServiceAttributeSet();
    private final JobEvents events;

    ReportingPrintService(PrintService renderer, JobEvents events, PrintServiceAttribute... attributes) {
        this.renderer = renderer;
        this.events = events;
        for (PrintServiceAttribute attribute : attributes) {
            reported.add(attribute);
        }
    }

    @Override
    public String getName() {
        return "reporting " + renderer.getName();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return (T) reported.get(category);
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return reported;
    }

    @Override
    public DocPrintJob createPrintJob() {
        DocPrintJob job = renderer.createPrintJob();
        java.util.List<PrintJobListener> quiet = new java.util.concurrent.CopyOnWriteArrayList<>();
        return new DocPrintJob() {
            @Override
            public PrintService getPrintService() {
                return ReportingPrintService.this;
            }

            @Override
            public PrintJobAttributeSet getAttributes() {
                return job.getAttributes();
            }

            @Override
            public void addPrintJobListener(PrintJobListener listener) {
                if (events == JobEvents.COMPLETION) {
                    job.addPrintJobListener(listener);
                } else {
                    quiet.add(listener);
                }
            }

            @Override
            public void removePrintJobListener(PrintJobListener listener) {
                job.removePrintJobListener(listener);
            }

            @Override
            public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet attributes) {
                job.addPrintJobAttributeListener(listener, attributes);
            }

            @Override
            public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
                job.removePrintJobAttributeListener(listener);
            }

            @Override
            public void print(Doc doc, PrintRequestAttributeSet attributes) throws PrintException {
                job.print(doc, attributes);
                if (events == JobEvents.NO_MORE_EVENTS) {
                    for (PrintJobListener listener : quiet) {
                        listener.printDataTransferCompleted(new PrintJobEvent(this, PrintJobEvent.DATA_TRANSFER_COMPLETE));
                        listener.printJobNoMoreEvents(new PrintJobEvent(this, PrintJobEvent.NO_MORE_EVENTS));
                    }
                }
            }
        };
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return renderer.getSupportedDocFlavors();
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return renderer.isDocFlavorSupported(flavor);
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return renderer.getSupportedAttributeCategories();
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return renderer.isAttributeCategorySupported(category);
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return renderer.getDefaultAttributeValue(category);
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor, AttributeSet attributes) {
        return renderer.getSupportedAttributeValues(category, flavor, attributes);
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attribute, DocFlavor flavor, AttributeSet attributes) {
        return renderer.isAttributeValueSupported(attribute, flavor, attributes);
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return renderer.getUnsupportedAttributes(flavor, attributes);
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }
}
