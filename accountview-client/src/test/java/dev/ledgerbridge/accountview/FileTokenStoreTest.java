package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest extends WireMockTestBase {
    @TempDir
    Path dir;

    @Test
    void missingFileIsEmpty() {
        assertTrue(FileTokenStore.at(dir.resolve("tokens.json")).load().isEmpty());
    }

    @Test
    void savesOwnerOnlyAndReadsBack() throws IOException {
        Path file = dir.resolve("tokens.json");
        FileTokenStore s = FileTokenStore.at(file);
        TokenSet t = tokens(ACCESS, REFRESH, Instant.parse("2024-05-14T11:15:00Z"));
        s.save(t);
        assertEquals(Optional.of(t), s.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNoTempFilesLeft();
    }

    @Test
    void keepsASetWithoutRefreshToken() throws IOException {
        Path file = dir.resolve("tokens.json");
        TokenSet t = TokenSet.builder().accessToken(ACCESS).expiresAt(Instant.parse("2024-05-14T11:15:00Z")).build();
        FileTokenStore.at(file).save(t);

        assertEquals(Optional.of(t), FileTokenStore.at(file).load());
        assertFalse(Files.readString(file).contains("refresh_token"));
    }

    @Test
    void replacesTheFileAtomicallyByRenameNotInPlace() throws IOException {
        Path file = dir.resolve("tokens.json");
        FileTokenStore s = FileTokenStore.at(file);
        s.save(tokens("a1", "r1", null));
        // a hard link keeps pointing at the old inode: if save wrote in place, it would see the new tokens
        Path link = dir.resolve("old-inode");
        Files.createLink(link, file);

        s.save(tokens("a2", "r2", null));

        assertTrue(Files.readString(link).contains("r1"));
        assertEquals("r2", s.load().orElseThrow().refreshToken().orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNoTempFilesLeft();
    }

    @Test
    void corruptFileErrorNamesTheFileButNotItsContent() throws IOException {
        Path file = dir.resolve("tokens.json");
        Files.writeString(file, "{\"access_token\":\"leaky-secret\"");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FileTokenStore.at(file).load());
        assertTrue(e.getMessage().contains("tokens.json"));
        assertFalse(e.getMessage().contains("leaky-secret"));
        assertFalse(String.valueOf(e.getCause().getMessage()).contains("leaky-secret"));
    }

    @Test
    void aCorruptFileGivesOneLineSayingWhatIsWrongAndWhatToDo() throws IOException {
        Path file = dir.resolve("tokens.json");
        String[][] cases = {
            {"{not json", "is not valid JSON"},
            {"", "is not valid JSON"},
            {"[1,2]", "is not a JSON object"},
            {"{\"refresh_token\":\"leaky-secret\"}", "has no access_token"},
            {"{\"access_token\":\"a\",\"refresh_token\":\"leaky-secret\",\"expires_at\":\"soon\"}",
                "has an unreadable expires_at"}};
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FileTokenStore.at(file).load());
            assertEquals("token file " + file.toAbsolutePath() + " " + c[1] + "; delete it and authorise again",
                    e.getMessage());
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(t.getClass().getName().startsWith("com.fasterxml"), t.getClass().getName());
                assertFalse(String.valueOf(t.getMessage()).contains("leaky-secret"));
                assertFalse(String.valueOf(t.getMessage()).contains("\n"));
            }
        }
    }

    @Test
    void rotatedRefreshTokenSurvivesAProcessThatDiesRightAfterTheRefresh() throws IOException {
        Path file = dir.resolve("tokens.json");
        FileTokenStore.at(file).save(tokens(ACCESS, REFRESH, time.now().minusSeconds(1)));
        store = FileTokenStore.at(file);
        client = clientBuilder().build();
        stubRefresh(REFRESH, "access-2", "refresh-2");
        // the data call fails with a connection reset: the process "dies" after the refresh
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(500, "{}")));
        try {
            company().data().get(DataQuery.builder("AR1").build());
        } catch (RuntimeException expected) {
            // the data call is irrelevant here
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        assertTrue(Files.readString(file).contains("refresh-2"));

        // a new process with a fresh client and store finds the rotated token
        time.advance(java.time.Duration.ofHours(2));
        store = FileTokenStore.at(file);
        client = clientBuilder().build();
        stubRefresh("refresh-2", "access-3", "refresh-3");
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-3").willReturn(json("{\"CONTACT\":[]}")));
        company().data().get(DataQuery.builder("AR1").build());
        wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/token")).withFormParam("refresh_token", equalTo("refresh-2")));
        assertTrue(Files.readString(file).contains("refresh-3"));
    }

    @Test
    void newTokensAreStoredBeforeUseAndAFailedSaveIsRetriedNotLost() {
        AtomicInteger saves = new AtomicInteger();
        TokenStore flaky = new TokenStore() {
            private TokenSet held = tokens(ACCESS, REFRESH, time.now().minusSeconds(1));

            @Override
            public Optional<TokenSet> load() {
                return Optional.of(held);
            }

            @Override
            public void save(TokenSet tokens) {
                if (saves.incrementAndGet() == 1) {
                    throw new UncheckedIOException(new IOException("disk full"));
                }
                held = tokens;
            }
        };
        store = flaky;
        client = clientBuilder().build();
        stubRefresh(REFRESH, "access-2", "refresh-2");
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-2").willReturn(json("{\"CONTACT\":[]}")));

        assertThrows(UncheckedIOException.class, () -> company().data().get(DataQuery.builder("AR1").build()));
        wm.verify(0, getRequestedFor(urlPathEqualTo(DATA))); // the unsaved token was not used

        company().data().get(DataQuery.builder("AR1").build());
        assertEquals("refresh-2", flaky.load().orElseThrow().refreshToken().orElseThrow());
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token"))); // no second refresh with a dead token
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)));
    }

    private void assertNoTempFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
