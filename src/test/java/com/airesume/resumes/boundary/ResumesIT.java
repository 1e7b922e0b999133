package com.airesume.resumes.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.airesume.accounts.boundary.AccountService;
import com.airesume.accounts.boundary.Signup;
import com.airesume.resumes.control.InvalidJsonResumeException;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.ResumeSection;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.Template;
import com.airesume.testing.Deployments;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resumes on the run's database, in the container: strict ownership (another account's resume is not found, by
 * any operation, and stays untouched), the list, copies, import and export.
 */
@ExtendWith(ArquillianExtension.class)
class ResumesIT {

    private static final String IMPORTED = """
            {"basics": {"name": "José Núñez", "label": "Data Engineer"},
             "work": [{"name": "Acme", "position": "Data Engineer", "startDate": "2020-01",
                       "highlights": ["Built the nightly warehouse load", "Cut query costs by 40%"]}]}
            """;

    @Deployment
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @Inject
    Resumes resumes;

    @Inject
    AccountService accounts;

    @Test
    void anotherAccountsResumeIsNotFoundByAnyOperationAndStaysUntouched() throws Exception {
        long owner = newAccount();
        long stranger = newAccount();
        long id = resumes.importJson(owner, "Data engineering", IMPORTED);
        String before = resumes.exportJson(owner, id);

        List<Runnable> attempts = List.of(() -> resumes.get(stranger, id), () -> resumes.content(stranger, id),
                () -> resumes.exportJson(stranger, id), () -> resumes.rename(stranger, id, "Mine now"),
                () -> resumes.duplicate(stranger, id), () -> resumes.delete(stranger, id));
        for (Runnable attempt : attempts) {
            assertThrows(ResumeNotFoundException.class, attempt::run);
        }
        assertAll(() -> assertTrue(resumes.find(stranger, id).isEmpty()),
                () -> assertEquals(List.of(), resumes.list(stranger)),
                () -> assertEquals("Data engineering", resumes.get(owner, id).getTitle()),
                () -> assertEquals(before, resumes.exportJson(owner, id)),
                () -> assertThrows(ResumeNotFoundException.class, () -> resumes.get(owner, Long.MAX_VALUE)));
    }

    @Test
    void anOwnerListsRenamesCopiesAndDeletes() throws Exception {
        long owner = newAccount();
        long first = resumes.create(owner, "Backend roles", JsonResume.EMPTY);
        long second = resumes.importJson(owner, "Data roles", IMPORTED);
        resumes.rename(owner, first, "  Backend and platform roles  ");
        long copy = resumes.duplicate(owner, second);

        List<ResumeSummary> listed = resumes.list(owner);
        assertAll(() -> assertEquals(List.of(copy, first, second), listed.stream().map(ResumeSummary::id).toList(),
                        "most recently changed first"),
                () -> assertEquals("Backend and platform roles", resumes.get(owner, first).getTitle()),
                () -> assertEquals("Copy of Data roles", resumes.get(owner, copy).getTitle()),
                () -> assertEquals("José Núñez", resumes.content(owner, copy).basics().name()),
                () -> assertEquals(2, resumes.content(owner, copy).work().get(0).highlights().size()));

        resumes.delete(owner, second);
        assertAll(() -> assertEquals(List.of(copy, first), resumes.list(owner).stream().map(ResumeSummary::id)
                        .toList()),
                () -> assertEquals("Copy of Data roles", resumes.get(owner, copy).getTitle(), "the copy is its own"));
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndTheDesignTravelsWithCopies() {
        long owner = newAccount();
        long id = resumes.create(owner, "Backend roles", JsonResume.EMPTY);
        ResumeDraft opened = resumes.open(owner, id);
        ResumeDesign modern = new ResumeDesign(Template.MODERN, "#7a1f5c", 11, Paper.LETTER);
        SectionLayout layout = SectionLayout.DEFAULT.moved(ResumeSection.SKILLS, -3)
                .withTitle(ResumeSection.WORK, "Where I worked").withVisible(ResumeSection.REFERENCES, false);
        JsonResume content = new JsonResume(new JsonResume.Basics("Zoë Łukasiewicz", null, null, null, null, null,
                null, null, null), null, null, null, null, null, null, null, null, null, null, null, null);

        long saved = resumes.save(owner, id, opened.version(), "Platform roles", content, modern, layout);

        assertThrows(StaleResumeException.class, () -> resumes.save(owner, id, opened.version(), "Second tab",
                JsonResume.EMPTY, ResumeDesign.DEFAULT, SectionLayout.DEFAULT), "the other tab's save is refused");
        assertThrows(ResumeNotFoundException.class, () -> resumes.save(newAccount(), id, saved, "Mine",
                JsonResume.EMPTY, ResumeDesign.DEFAULT, SectionLayout.DEFAULT));
        ResumeDraft reopened = resumes.open(owner, id);
        ResumeDraft copy = resumes.open(owner, resumes.duplicate(owner, id));
        assertAll(() -> assertTrue(saved > opened.version()),
                () -> assertEquals("Platform roles", reopened.title()),
                () -> assertEquals(content, reopened.content()),
                () -> assertEquals(modern, reopened.design()),
                () -> assertEquals(layout, reopened.layout()),
                () -> assertEquals(modern, copy.design()),
                () -> assertEquals(layout, copy.layout()));
    }

    @Test
    void aBadFileOrTitleCreatesNothing() {
        long owner = newAccount();
        InvalidJsonResumeException invalid = assertThrows(InvalidJsonResumeException.class,
                () -> resumes.importJson(owner, "Broken", "{\"work\": [{\"startDate\": \"last spring\"}]}"));
        EJBException badTitle = assertThrows(EJBException.class,
                () -> resumes.create(owner, "tab\there", JsonResume.EMPTY));
        assertAll(() -> assertTrue(invalid.problems().get(0).startsWith("/work/0/startDate:")),
                () -> assertTrue(badTitle.getCause() instanceof IllegalArgumentException),
                () -> assertEquals(List.of(), resumes.list(owner)));
    }

    private long newAccount() {
        return accounts.signUp(new Signup("Mary", "Jackson", "resumes-" + UUID.randomUUID() + "@example.com",
                "violet tractor umbrella 42")).getId();
    }
}
