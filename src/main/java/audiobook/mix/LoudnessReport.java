package audiobook.mix;

/**
 * Loudness and level figures of one piece of audio.
 *
 * @param integratedLufs   gated integrated loudness (ITU-R BS.1770-4), LUFS; -inf if nothing passes the gates
 * @param rmsDbfs          plain RMS over all samples of all channels, dBFS (a full-scale sine reads -3.01)
 * @param truePeakDbtp     largest absolute value of the 4x oversampled signal, dBTP
 * @param samplePeakDbfs   largest absolute sample value, dBFS
 * @param noiseFloorDbfs   median level of the 50 ms windows in the pauses, dBFS; -inf for digital silence
 *                         (see {@link NoiseFloor})
 * @param durationSeconds  length in seconds
 * @param loudnessRangeLu  loudness range (EBU Tech 3342), LU; 0 for audio shorter than 3 s
 */
public record LoudnessReport(double integratedLufs, double rmsDbfs, double truePeakDbtp,
                             double samplePeakDbfs, double noiseFloorDbfs, double durationSeconds,
                             double loudnessRangeLu) {
}
