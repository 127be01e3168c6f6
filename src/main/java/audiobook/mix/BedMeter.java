package audiobook.mix;

import audiobook.audio.Timeline;
import java.util.Arrays;

/**
 * Measures a chapter's bed before it is ducked, in one walk over it: per 100 ms hop its
 * K-weighted energy (for the loudness of the mix) and per segment its level during that
 * segment's speech and the share of it in the speech bands (for {@link Ducker} to plan the
 * depth). The walk splits every block where a hop or a stretch of speech begins or ends.
 */
final class BedMeter {

    private final int sampleRate;
    private final long[] starts;
    private final long[] ends;
    private final KWeighting left;
    private final KWeighting right;
    private final SpeechBands bandsLeft;
    private final SpeechBands bandsRight;
    /** The speech-band part of the block being measured, per channel. */
    private double[] speechLeft = new double[0];
    private double[] speechRight = new double[0];
    /** Per segment: K-weighted energy during its speech (both channels), plain energy, speech-band energy. */
    private final double[] speechWeighted;
    private final double[] speechPlain;
    private final double[] speechBands;
    private double[] hopWeighted = new double[256];
    private double[] hopPlain = new double[256];
    private double[] hopBands = new double[256];
    private int hops;
    private long frame;
    private int segment;
    private double weighted;
    private double plain;
    private double bands;

    BedMeter(Timeline timeline) {
        sampleRate = timeline.sampleRate();
        starts = timeline.starts();
        ends = timeline.ends();
        left = new KWeighting(sampleRate);
        right = new KWeighting(sampleRate);
        bandsLeft = new SpeechBands(sampleRate);
        bandsRight = new SpeechBands(sampleRate);
        speechWeighted = new double[starts.length];
        speechPlain = new double[starts.length];
        speechBands = new double[starts.length];
    }

    void accept(float[][] block, int n) {
        if (speechLeft.length < n) {
            speechLeft = new double[n];
            speechRight = new double[n];
        }
        SpeechBands.stereo(bandsLeft, block[0], bandsRight, block[1], n, speechLeft, speechRight);
        int pos = 0;
        while (pos < n) {
            while (segment < starts.length && frame >= ends[segment]) {
                segment++;
            }
            long hopEnd = (long) (hops + 1) * sampleRate / 10;
            long boundary = hopEnd;
            boolean speaking = segment < starts.length && frame >= starts[segment];
            if (segment < starts.length) {
                boundary = Math.min(boundary, speaking ? ends[segment] : starts[segment]);
            }
            int end = (int) Math.min(n, pos + boundary - frame);
            double k = KWeighting.sumOfSquares(left, block[0], right, block[1], pos, end);
            double p = 0;
            double b = 0;
            for (int i = pos; i < end; i++) {
                double l = block[0][i];
                double r = block[1][i];
                double bl = speechLeft[i];
                double br = speechRight[i];
                p += l * l + r * r;
                b += bl * bl + br * br;
            }
            weighted += k;
            plain += p;
            bands += b;
            if (speaking) {
                speechWeighted[segment] += k;
                speechPlain[segment] += p;
                speechBands[segment] += b;
            }
            frame += end - pos;
            pos = end;
            if (frame == hopEnd) {
                if (hops == hopWeighted.length) {
                    hopWeighted = Arrays.copyOf(hopWeighted, hops * 2);
                    hopPlain = Arrays.copyOf(hopPlain, hops * 2);
                    hopBands = Arrays.copyOf(hopBands, hops * 2);
                }
                hopWeighted[hops] = weighted;
                hopPlain[hops] = plain;
                hopBands[hops] = bands;
                hops++;
                weighted = plain = bands = 0;
            }
        }
    }

    /** Mean square of one channel of the bed (K-weighted) during a segment's speech; 0 if it has none. */
    double speechPower(int segment) {
        long frames = ends[segment] - starts[segment];
        return frames > 0 ? speechWeighted[segment] / (2.0 * frames) : 0;
    }

    /** The share of the bed's energy during a segment's speech that lies in the speech bands. */
    double speechBandShare(int segment) {
        return speechPlain[segment] > 0 ? speechBands[segment] / speechPlain[segment] : 0;
    }

    int hops() {
        return hops;
    }

    double hopWeighted(int hop) {
        return hopWeighted[hop];
    }

    double hopBandShare(int hop) {
        return hopPlain[hop] > 0 ? hopBands[hop] / hopPlain[hop] : 0;
    }
}
