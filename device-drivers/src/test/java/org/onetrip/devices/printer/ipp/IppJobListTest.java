package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrinterJob;

/** Reading the jobs of a Get-Jobs response, as decoded from the wire. */
class IppJobListTest {

    private static IppAttributeGroup job(int id, String name, int state, String owner) {
        return new IppAttributeGroup(IppGroupTag.JOB, List.of(
                IppAttribute.of("job-id", IppValue.integer(id)),
                IppAttribute.of("job-name", IppValue.name(name)),
                IppAttribute.of("job-state", new IppValue.EnumValue(state)),
                IppAttribute.of("job-originating-user-name", IppValue.name(owner))));
    }

    private static IppMessage listing(IppAttributeGroup... jobs) throws IppFormatException {
        List<IppAttributeGroup> groups = new java.util.ArrayList<>(List.of(new IppAttributeGroup(IppGroupTag.OPERATION, List.of(
                IppAttribute.of("attributes-charset", new IppValue.StringValue(IppValueTag.CHARSET, "utf-8"))))));
        groups.addAll(List.of(jobs));
        // through the codec, as a printer's answer arrives
        return IppCodec.decode(IppCodec.encode(new IppMessage(IppMessage.VERSION_2_0, IppStatus.OK, 9, groups, new byte[0])));
    }

    @Test
    void everyJobGroupIsOneJobInTheOrderListed() throws Exception {
        IppMessage response = listing(job(3, "ZM-HJ-V1", 5, "SZ-NS-0001"), job(4, "ZM-HJ-V2", 3, "sz-ns-0001"));

        assertThat(IppJobList.read(response, "SZ-NS-0001")).containsExactly(
                new PrinterJob(3, "ZM-HJ-V1", JobState.PROCESSING), new PrinterJob(4, "ZM-HJ-V2", JobState.PENDING));
    }

    @Test
    void aPrinterThatIgnoresMyJobsStillGivesOnlyThisOwnersJobs() throws Exception {
        IppMessage response = listing(job(3, "ZM-HJ-V1", 5, "SZ-NS-0002"), job(4, "ZM-HJ-V2", 4, "SZ-NS-0001"));

        assertThat(IppJobList.read(response, "SZ-NS-0001")).containsExactly(new PrinterJob(4, "ZM-HJ-V2", JobState.HELD));
    }

    @Test
    void aJobWithoutAnIdOrAKnownStateIsSkippedAndANameIsMadePrintable() throws Exception {
        IppAttributeGroup noState = new IppAttributeGroup(IppGroupTag.JOB, List.of(IppAttribute.of("job-id", IppValue.integer(5))));
        IppMessage response = listing(noState, job(6, "bad", 42, "SZ-NS-0001"), job(7, "ZM\u001B[2J", 9, "SZ-NS-0001"));

        assertThat(IppJobList.read(response, "SZ-NS-0001")).containsExactly(new PrinterJob(7, "ZM\\x1B[2J", JobState.COMPLETED));
    }

    @Test
    void anEmptyListingHasNoJobs() throws Exception {
        assertThat(IppJobList.read(listing(), "SZ-NS-0001")).isEmpty();
    }
}
