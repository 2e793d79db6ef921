package org.clustermeet.benchmarks;

import java.io.OutputStream;

/** An output stream that counts the bytes written to it and discards them: what a benchmark writes is measured, not kept. */
final class CountingSink extends OutputStream {

    /** The bytes written so far. */
    long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }
}
