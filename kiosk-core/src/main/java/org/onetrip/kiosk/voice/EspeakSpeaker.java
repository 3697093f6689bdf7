package org.onetrip.kiosk.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.onetrip.kiosk.shell.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks through the {@code espeak-ng} program: one process per utterance, started on the
 * speaker's own thread with the text on its standard input (so no text is ever read as an
 * option). Chinese is spoken with the voice {@code cmn} (Mandarin), English with {@code en}.
 */
public final class EspeakSpeaker implements Speaker {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeaker.class);

    private final List<String> command;
    private final ExecutorService thread;
    private Process speaking;
    // each utterance knows its number; a newer number means it has been cut off
    private long latest;

    /**
     * @param command the program and any options that come before the voice, e.g.
     *     {@code ["espeak-ng"]}, or {@code ["espeak-ng", "-w", "out.wav"]} to write a WAV file
     *     instead of playing
     */
    public EspeakSpeaker(List<String> command) {
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("the speech command must name a program, was " + command);
        }
        this.command = List.copyOf(command);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread speaker = new Thread(task, "kiosk-voice");
            speaker.setDaemon(true);
            return speaker;
        });
    }

    /** The espeak-ng voice for a language. */
    static String voice(Language language) {
        return switch (language) {
            case ZH_CN -> "cmn";
            case EN -> "en";
        };
    }

    @Override
    public CompletableFuture<Void> say(String text, Language language) {
        Speaker.requireSpeakable(text);
        Objects.requireNonNull(language, "language");
        CompletableFuture<Void> done = new CompletableFuture<>();
        long number;
        synchronized (this) {
            number = ++latest;
            cutOff();
        }
        try {
            thread.execute(() -> speak(number, text, language, done));
        } catch (RejectedExecutionException closed) {
            done.complete(null);
        }
        return done;
    }

    @Override
    public synchronized void stop() {
        latest++;
        cutOff();
    }

    @Override
    public void close() {
        stop();
        thread.shutdownNow();
    }

    private void speak(long number, String text, Language language, CompletableFuture<Void> done) {
        try {
            synchronized (this) {
                if (number != latest) {
                    return;
                }
            }
            Process process = start(language);
            synchronized (this) {
                speaking = process;
                // cut off while it was starting: say() could not see it yet
                if (number != latest) {
                    process.destroy();
                }
            }
            try (OutputStream input = process.getOutputStream()) {
                input.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException cutOffWhileWriting) {
                // the process was stopped before it read the whole text: nothing more to say
            }
            int exit = process.waitFor();
            synchronized (this) {
                if (speaking == process) {
                    speaking = null;
                }
                if (exit != 0 && number == latest) {
                    log.warn("{} ended with status {} while speaking", command.get(0), exit);
                }
            }
        } catch (IOException e) {
            log.warn("cannot run {} to speak: {}", command.get(0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.complete(null);
        }
    }

    private Process start(Language language) throws IOException {
        List<String> line = new ArrayList<>(command);
        // -b 1: the text is UTF-8; --stdin: read it whole from standard input
        line.addAll(List.of("-v", voice(language), "-b", "1", "--stdin"));
        return new ProcessBuilder(line)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private void cutOff() {
        if (speaking != null) {
            speaking.destroy();
            speaking = null;
        }
    }
}
