package dev.opsmith.format.terraform.plan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails once there are more than the limit, so a stream whose size is not known in
 * advance still cannot make the reader consume unbounded input.
 */
final class SizeLimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean exceeded;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("more than " + limit + " bytes");
        }
    }
}
