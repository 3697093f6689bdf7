package org.onetrip.kiosk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.kiosk.journey.ChooserState.Way;

/** Choosing what to file from the shipped catalog, the three ways a citizen looks. */
class MatterChooserTest {

    private final ServiceCatalog catalog = new ConfigurationLoader().load(Path.of("../conf")).catalog();
    private final MatterChooser chooser = new MatterChooser(catalog);

    @Test
    void departmentsListTheirMatters() {
        assertThat(chooser.state().get().groups()).extracting(group -> group.name().zh()).contains("区人力资源和社会保障局");

        chooser.pickGroup("RSJ");

        assertThat(chooser.state().get().choices()).extracting(Choice::code)
                .contains("RSJ-SBKSL", "RSJ-DWCBDJ", "RSJ-LHJYCB").allMatch(code -> code.startsWith("RSJ-"));
    }

    @Test
    void pinyinInitialsFindTheSocialInsuranceMatters() {
        chooser.lookBy(Way.SEARCH);
        chooser.search("sb");

        assertThat(chooser.state().get().choices()).extracting(choice -> choice.name().zh())
                .contains("社会保障卡申领", "单位社会保险参保登记");
        chooser.search("社保");
        assertThat(chooser.state().get().choices()).extracting(Choice::code).contains("RSJ-SBKSL");
        chooser.search("");
        assertThat(chooser.state().get().choices()).isEmpty();
    }

    @Test
    void theOneThingBundlesAreAmongTheLifeEvents() {
        chooser.lookBy(Way.BY_LIFE_EVENT);
        chooser.pickGroup(MatterChooser.ONE_THING);

        assertThat(chooser.state().get().choices()).extracting(Choice::code)
                .containsExactly("YJS-QYKB", "YJS-XSECS", "YJS-MBXX");
    }

    @Test
    void aMattersPageListsEveryMaterialWithWhatTheClerkChecks() {
        chooser.pickGroup("GAJ");
        Choice lostIdCard = chooser.state().get().choices().stream()
                .filter(choice -> choice.code().equals("GAJ-SFZBL")).findFirst().orElseThrow();

        chooser.choose(lostIdCard);

        MatterPage page = chooser.state().get().page().orElseThrow();
        assertThat(page.materials()).hasSameSizeAs(((Choice.OneMatter) lostIdCard).matter().materials());
        assertThat(page.materials()).allSatisfy(need -> assertThat(need.material().reviewPoints()).isNotEmpty());
        assertThat(page.fee().isFree()).isFalse();
        assertThat(page.department().zh()).isEqualTo("公安分局户政科");

        chooser.backToList();
        assertThat(chooser.state().get().page()).isEmpty();
        assertThat(chooser.state().get().choices()).contains(lostIdCard);
    }

    @Test
    void aBundlesPageAsksForASharedMaterialOnceAndSaysWhichMattersNeedIt() {
        chooser.lookBy(Way.BY_LIFE_EVENT);
        chooser.pickGroup(MatterChooser.ONE_THING);
        Choice.OneThing business = (Choice.OneThing) chooser.state().get().choices().get(0);

        chooser.choose(business);

        MatterPage page = chooser.state().get().page().orElseThrow();
        assertThat(page.materials()).extracting(need -> need.material().code()).doesNotHaveDuplicates();
        assertThat(page.materials()).anySatisfy(need -> assertThat(need.neededBy()).hasSizeGreaterThan(1));
        assertThat(page.promisedWorkingDays()).isEqualTo(business.matters().stream()
                .mapToInt(matter -> matter.promisedWorkingDays()).max().orElseThrow());
        assertThat(page.fee().fen()).isEqualTo(business.matters().stream().mapToLong(matter -> matter.fee().fen()).sum());
    }
}
