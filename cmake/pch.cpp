// The translation unit that builds the shared precompiled header (see
// cmake/ComptoirLibrary.cmake); it holds no code of its own.
