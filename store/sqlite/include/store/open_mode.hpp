// How a book file is opened: the CLI opens for writing, the GUI and the
// reports read-only, `comptoir init` creates.
#pragma once

namespace comptoir {

enum class OpenMode {
  ReadWrite,  // an existing Comptoir book; migrated to the current schema
  ReadOnly,   // an existing Comptoir book; every write throws Error(Locked)
  Create,     // a new (or empty) file; fails if it already holds a schema
};

}  // namespace comptoir
