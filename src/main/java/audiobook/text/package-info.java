/**
 * Reading a story: decoding the file, front matter, chapters, paragraphs and sentences, and
 * normalising written text into text a speech engine reads well. Knows nothing of audio.
 */
package audiobook.text;
