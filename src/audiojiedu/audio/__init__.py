"""The audio stage: every segment is encoded once (loudness applied first) into the release's
final MP3 format; a release is assembled by concatenating MP3 frames, never re-encoded."""
