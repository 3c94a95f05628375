package dev.opsmith.format.terraform.plan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Chooses the text encoding of a plan file from its byte order mark. Terraform writes UTF-8 without one, but
 * {@code terraform show -json > plan.json} in Windows PowerShell 5 saves UTF-16 with a mark. Reading through a
 * {@link Reader} also makes the parser count columns in characters, as {@code Span} does.
 */
final class PlanEncoding {
    private PlanEncoding() {
    }

    static Reader reader(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(3);
        int b0 = buffered.read();
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        Charset charset = StandardCharsets.UTF_8;
        long skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        for (long skipped = 0; skipped < skip; skipped++) {
            if (buffered.read() < 0) break;
        }
        return new InputStreamReader(buffered, charset);
    }
}
