package audiobook.soundscape;

import be.tarsos.dsp.filters.BandPass;

/**
 * TarsosDSP's two-pole resonator ({@link BandPass}: its coefficients, its response) run over our
 * own float blocks. TarsosDSP's IIRFilter.process shifts its history arrays with two
 * System.arraycopy calls per sample, which made it the build's hottest spot; the same
 * recursion is run here on two state variables instead.
 */
final class TarsosBandPass extends BandPass {

    private float x1;
    private float x2;
    private float y1;
    private float y2;

    TarsosBandPass(double centreHz, double bandwidthHz, int sampleRate) {
        super((float) centreHz, (float) bandwidthHz, sampleRate);
    }

    void setCentre(double centreHz) {
        setFrequency((float) centreHz);
    }

    /** Filters the block in place: y = a0 x + a1 x[-1] + a2 x[-2] + b0 y[-1] + b1 y[-2] (TarsosDSP's names). */
    void process(float[] block) {
        float a0 = a[0];
        float a1 = a[1];
        float a2 = a[2];
        float b0 = b[0];
        float b1 = b[1];
        for (int i = 0; i < block.length; i++) {
            float x = block[i];
            float y = a0 * x + a1 * x1 + a2 * x2 + b0 * y1 + b1 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            block[i] = y;
        }
    }
}
