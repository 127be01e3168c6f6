package audiobook.mix;

import java.util.ArrayList;
import java.util.List;

/**
 * The delivery targets a master is checked against (DESIGN.md "Audio targets"): the immersive
 * master by integrated loudness and true peak (EBU R 128 style), the dry master by ACX's plain
 * RMS, sample peak and noise floor.
 */
public enum DeliveryProfile {
    IMMERSIVE, DRY;

    public static final double IMMERSIVE_LUFS = -18;
    public static final double IMMERSIVE_TOLERANCE_LU = 0.5;
    public static final double IMMERSIVE_CEILING_DBTP = -1;
    public static final double DRY_RMS_MIN = -23;
    public static final double DRY_RMS_MAX = -18;
    public static final double DRY_RMS_AIM = -20;
    public static final double DRY_PEAK_MAX = -3;
    public static final double DRY_NOISE_FLOOR_MAX = -60;

    /** What misses the targets, one phrase each; empty when the audio passes. */
    public List<String> failures(LoudnessReport r) {
        List<String> failures = new ArrayList<>();
        if (this == IMMERSIVE) {
            if (!(Math.abs(r.integratedLufs() - IMMERSIVE_LUFS) <= IMMERSIVE_TOLERANCE_LU)) {
                failures.add(String.format("integrated loudness %.1f LUFS is outside %.1f ± %.1f",
                        r.integratedLufs(), IMMERSIVE_LUFS, IMMERSIVE_TOLERANCE_LU));
            }
            if (!(r.truePeakDbtp() <= IMMERSIVE_CEILING_DBTP)) {
                failures.add(String.format("true peak %.1f dBTP is above %.1f", r.truePeakDbtp(), IMMERSIVE_CEILING_DBTP));
            }
        } else {
            if (!(r.rmsDbfs() >= DRY_RMS_MIN && r.rmsDbfs() <= DRY_RMS_MAX)) {
                failures.add(String.format("RMS %.1f dBFS is outside %.0f to %.0f", r.rmsDbfs(), DRY_RMS_MIN, DRY_RMS_MAX));
            }
            if (!(r.samplePeakDbfs() <= DRY_PEAK_MAX)) {
                failures.add(String.format("peak %.1f dBFS is above %.1f", r.samplePeakDbfs(), DRY_PEAK_MAX));
            }
            if (!(r.noiseFloorDbfs() <= DRY_NOISE_FLOOR_MAX)) {
                failures.add(String.format("noise floor %.1f dBFS is above %.0f", r.noiseFloorDbfs(), DRY_NOISE_FLOOR_MAX));
            }
            if (r.noiseFloorDbfs() == Double.NEGATIVE_INFINITY) {
                failures.add("noise floor is digital silence; ACX wants room tone");
            }
        }
        return failures;
    }
}
