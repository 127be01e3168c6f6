package audiobook.mix;

import java.io.IOException;

/** Where rendered audio goes, block by block: a file writer, a meter, a test's array. */
public interface BlockSink {

    void write(float[][] block, int frames) throws IOException;
}
