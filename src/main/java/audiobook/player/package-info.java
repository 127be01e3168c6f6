/**
 * Plays a finished book: reads its chapter WAVs and {@code manifest.json}, streams the samples
 * into an {@link audiobook.player.AudioSink} and tells a listener where it is. The only code
 * besides {@code export} that imports javax.sound; never prints.
 */
package audiobook.player;
