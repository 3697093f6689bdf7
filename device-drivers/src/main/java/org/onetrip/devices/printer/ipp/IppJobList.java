package org.onetrip.devices.printer.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onetrip.devices.DeviceText;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrinterJob;

/**
 * The jobs of a Get-Jobs response (RFC 8011 section 4.2.6): one job group a job. Pure.
 *
 * <p>The request asks for {@code my-jobs}; a printer that ignores it lists everybody's jobs, so
 * a job whose {@code job-originating-user-name} is another user's is left out here as well.
 */
public final class IppJobList {
    /** What a listing asks for. */
    public static final String[] REQUESTED = {"job-id", "job-name", "job-state", "job-originating-user-name"};

    private IppJobList() {
    }

    /**
     * The jobs of {@code owner} in the response, in the order listed; a group without a job-id or
     * a valid job-state is skipped.
     */
    public static List<PrinterJob> read(IppMessage response, String owner) {
        List<PrinterJob> jobs = new ArrayList<>();
        for (IppAttributeGroup group : response.groups()) {
            if (group.tag() != IppGroupTag.JOB) {
                continue;
            }
            Optional<Integer> id = group.find("job-id").flatMap(IppAttribute::firstInt);
            Optional<JobState> state = group.find("job-state").flatMap(IppAttribute::firstInt)
                    .flatMap(IppJobAttributes::jobState);
            Optional<String> originator = firstString(group, "job-originating-user-name");
            if (id.isEmpty() || state.isEmpty() || originator.filter(o -> !o.equalsIgnoreCase(owner)).isPresent()) {
                continue;
            }
            String name = firstString(group, "job-name").map(DeviceText::printable).orElse("");
            jobs.add(new PrinterJob(id.get(), name, state.get()));
        }
        return List.copyOf(jobs);
    }

    private static Optional<String> firstString(IppAttributeGroup group, String name) {
        return group.find(name).map(IppAttribute::strings).flatMap(s -> s.stream().findFirst());
    }
}
