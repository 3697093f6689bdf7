package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.config.ConfigDirectory.columnOf;
import static org.onetrip.config.ConfigDirectory.lineOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken copies of the shipped catalog: every problem names catalog.yaml, its line, the key path and the fix. */
class CatalogFileProblemsTest {

    @TempDir
    Path dir;

    ConfigDirectory config;

    @BeforeEach
    void setUp() {
        config = new ConfigDirectory(dir);
    }

    @Test
    void aMatterNamingAnUnknownDepartmentIsReportedWithTheClosestCode() {
        config.editCatalog("    department: SCJGJ", "    department: SCJGG");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.catalogFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "department: SCJGG"));
            assertThat(problem.column()).isEqualTo(columnOf(config.catalog, "SCJGG"));
            assertThat(problem.keyPath()).isEqualTo("matters[0].department");
            assertThat(problem.message()).startsWith("unknown department 'SCJGG' (did you mean 'SCJGJ'?); "
                    + "defined department codes: SCJGJ, RSJ, GJJZX");
        });
    }

    @Test
    void aMatterNamingAnUnknownMaterialIsReported() {
        config.editCatalog("{material: ARTICLES_OF_ASSOCIATION}", "{material: ARTICLES_OF_ASOCIATION}");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "ARTICLES_OF_ASOCIATION"));
            assertThat(problem.keyPath()).isEqualTo("matters[0].materials[1].material");
            assertThat(problem.message()).contains("unknown material 'ARTICLES_OF_ASOCIATION'",
                    "did you mean 'ARTICLES_OF_ASSOCIATION'?");
        });
    }

    @Test
    void aFormNamingAnUnknownFieldIsReported() {
        config.editCatalog("{field: COMPANY_FORM}", "{field: COMPANY_FROM}");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "COMPANY_FROM"));
            assertThat(problem.keyPath()).isEqualTo("matters[0].form[4].field");
            assertThat(problem.message()).contains("unknown field 'COMPANY_FROM'", "did you mean 'COMPANY_FORM'?");
        });
    }

    @Test
    void aMatterAskingForAnotherMattersFieldIsReportedAtThatLine() {
        // the adult social-security card asking for a newborn's name, as the catalog once did
        config.editCatalog("sbk, shbzk]\n    form:\n", "sbk, shbzk]\n    form:\n      - {field: CHILD_NAME, required: false}\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.catalogFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "{field: CHILD_NAME, required: false}"));
            assertThat(problem.keyPath()).endsWith(".form[0].field");
            assertThat(problem.message()).contains("matter RSJ-SBKSL asks for field CHILD_NAME (新生儿姓名)",
                    "GAJ-XSECSDJ, YBJ-XSECB, WJJ-CSYXZMQF only");
        });
    }

    @Test
    void aFieldNamingAnUnknownMatterItBelongsToIsReported() {
        config.editCatalog("WJJ-CSYXZMQF]   # a newborn's", "WJJ-CSYXZMQG]   # a newborn's");

        // the misspelt matter is reported, and the birth matter left out of the list asks for it in vain
        assertThat(config.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "WJJ-CSYXZMQG]"));
            assertThat(problem.keyPath()).endsWith(".askedBy[2]");
            assertThat(problem.message()).contains("unknown matter 'WJJ-CSYXZMQG'", "did you mean 'WJJ-CSYXZMQF'?");
        });
    }

    @Test
    void aBundleNamingAnUnknownMatterPointsAtTheItem() {
        config.editCatalog("RMYH-QYKHYY, SWJ-FPPZHD,", "RMYH-QYKHYY, SWJ-FPHD,");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "SWJ-FPHD,"));
            assertThat(problem.column()).isEqualTo(columnOf(config.catalog, "SWJ-FPHD,"));
            assertThat(problem.keyPath()).isEqualTo("bundles[0].matters[3]");
            assertThat(problem.message()).contains("unknown matter 'SWJ-FPHD'");
        });
    }

    @Test
    void aMatterNamingAnUnknownLifeEventIsReported() {
        config.editCatalog("lifeEvents: [QYKB]", "lifeEvents: [QYKX]");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("matters[0].lifeEvents[0]");
            assertThat(problem.message()).contains("unknown life event 'QYKX'", "did you mean 'QYKB'?");
        });
    }

    @Test
    void aDuplicateCodeNamesTheFirstEntryWithIt() {
        int line = lineOf(config.catalog, "code: SCJG-GTGSHDJ");
        config.editCatalog("code: SCJG-GTGSHDJ", "code: SCJG-GSSLDJ");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.keyPath()).isEqualTo("matters[1].code");
            assertThat(problem.message()).isEqualTo(
                    "duplicate code 'SCJG-GSSLDJ', already used by matters[0]; codes must be unique");
        });
    }

    @Test
    void aBrokenEntryIsReportedOnceAndReferencesToItAreNotReportedAgain() {
        config.editCatalog("  - code: ARTICLES_OF_ASSOCIATION\n", "  - code: ARTICLES_OF_ASSOCIATION\n    copies: many\n");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("materials[3].copies");
            assertThat(problem.message()).isEqualTo("expected a whole number from 1 to 20, got 'many'");
        });
    }

    @Test
    void indexesInKeyPathsCountEntriesAsWrittenEvenAfterABrokenOne() {
        config.editCatalog("    online: true", "    online: maybe")
                .editCatalog("code: SCJG-YYZZBL\n    name: {zh-CN: 营业执照遗失补领, en: Replacement of a lost business licence}\n"
                                + "    department: SCJGJ",
                        "code: SCJG-YYZZBL\n    name: {zh-CN: 营业执照遗失补领, en: Replacement of a lost business licence}\n"
                                + "    department: SCJGX");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath)
                .containsExactly("matters[0].online", "matters[2].department");
        assertThat(problems.get(0).message()).isEqualTo("expected true or false, got 'maybe'");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        config.editCatalog("prefill: idcard.birthDate", "prefill: idcard.birthday");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("fields[3].prefill");
            assertThat(problem.message()).contains("unknown value 'idcard.birthday'", "did you mean 'idcard.birthDate'?",
                    "none, idcard.name, idcard.sex, idcard.birthDate, idcard.address, idcard.idNumber, idcard.nation");
        });
    }

    @Test
    void aBadRegularExpressionIsExplained() {
        config.editCatalog("pattern: '1[3-9]\\d{9}'", "pattern: '1[3-9\\d{9}'");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("fields[6].rule.pattern");
            assertThat(problem.message()).startsWith("expected a Java regular expression, got '1[3-9\\d{9}' (not a valid");
        });
    }

    @Test
    void aFeeWithMoreThanFenPrecisionIsRejected() {
        config.editCatalog("fee: 20.00", "fee: 20.005");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "fee: 20.005"));
            assertThat(problem.message()).contains("at most two decimals", "'20.005'");
        });
    }

    @Test
    void anElectronicLicenceNeedsItsLicenceType() {
        config.editCatalog("    licenceType: RESIDENT_ID_CARD\n", "");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("materials[0].electronicLicence");
            assertThat(problem.message()).contains("needs licenceType");
        });
    }

    @Test
    void aCommitmentNeedsItsText() {
        config.editCatalog("        acceptsCommitment: true\n        commitmentText:\n"
                        + "          zh-CN: 本人承诺所申报住所真实、合法、可用于经营，如有不实自愿承担相应法律责任。\n"
                        + "          en: I undertake that the declared premises are real, lawful and usable for business, "
                        + "and accept liability if not.\n",
                "        acceptsCommitment: true\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("matters[0].materials[3].acceptsCommitment");
            assertThat(problem.message()).isEqualTo("acceptsCommitment: true needs commitmentText");
        });
    }

    @Test
    void aRecordRuleIsReportedAtTheEntry() {
        config.editCatalog("matters: [WJJ-CSYXZMQF, GAJ-XSECSDJ, YBJ-XSECB, RSJ-SBKSL]", "matters: [WJJ-CSYXZMQF]");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "code: YJS-XSECS"));
            assertThat(problem.keyPath()).isEqualTo("bundles[1]");
            assertThat(problem.message()).isEqualTo("a bundle joins at least two matters, got 1");
        });
    }

    @Test
    void aMissingVersionIsReportedWithTheOtherProblems() {
        config.editCatalog("version: \"2026.11-demo\"\n", "")
                .editCatalog("    department: SCJGJ", "    department: SCJG");

        assertThat(config.problems()).extracting(ConfigurationProblem::keyPath)
                .containsExactly("version", "matters[0].department");
    }

    @Test
    void aSyntaxErrorInTheCatalogCarriesItsLine() {
        config.editCatalog("  - code: ID_CARD\n", "  - code: ID_CARD\n   name: [\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.catalogFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.catalog, "   name: ["));
            assertThat(problem.message()).startsWith("YAML syntax error:");
        });
    }
}
