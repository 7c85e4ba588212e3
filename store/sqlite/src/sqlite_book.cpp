// Opening a book (file checks, connection settings, migration) and the
// write scope.
#include "store/sqlite_book.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "core/error.hpp"
#include "migrations.hpp"
#include "sqlite_book_state.hpp"
#include "sqlite_write_scope.hpp"

namespace comptoir {
namespace {

// Refuses files that are not (or not yet, or no longer) Comptoir books.
void check_file_kind(Connection& connection, OpenMode mode) {
  const std::int64_t objects = connection.query_int("SELECT count(*) FROM sqlite_schema", "reading the schema");
  const std::int64_t application = connection.query_int("PRAGMA application_id", "reading the file kind");
  const std::int64_t version = connection.query_int("PRAGMA user_version", "reading the schema version");
  const std::string& path = connection.path();
  if (mode == OpenMode::Create) {
    if (objects > 0 || version > 0) {
      throw Error(ErrorKind::InvalidInput,
                  "there is already a database in " + path + "; open it, or choose another file for a new book");
    }
    return;
  }
  if (application != comptoir_application_id || version < 1) {
    throw Error(ErrorKind::InvalidInput, path +
                                             " is not a Comptoir book (an SQLite database of another program): "
                                             "check the --db path, or create a book with `comptoir init`");
  }
  if (version > current_schema_version()) {
    throw Error(ErrorKind::Storage, "the book " + path + " has schema version " + std::to_string(version) +
                                        ", newer than this program knows (" + std::to_string(current_schema_version()) +
                                        "); upgrade Comptoir");
  }
  if (mode == OpenMode::ReadOnly && version < current_schema_version()) {
    throw Error(ErrorKind::Storage, "the book " + path + " uses an older schema (version " + std::to_string(version) +
                                        "); open it once for writing to upgrade it");
  }
}

// Connection settings: a wait of up to `wait` when another program writes,
// foreign keys, a 32 MB page cache: an import's working set is the right
// edge of the append-only tables plus the hot leaves of posting_by_account,
// far below that; a larger cache only adds to the peak memory (budget 300 MB
// for a 1,000,000-entry FEC import, the reader's own tables included).
void configure(Connection& connection, std::chrono::milliseconds wait) {
  connection.set_busy_wait(wait);
  connection.execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY",
                     "configuring the connection");
}

// Whether the journal beside the book is hot (left by a writer that
// stopped) rather than held by a live writer: a read-only connection then
// fails with SQLITE_READONLY_ROLLBACK, as it cannot roll it back itself.
bool journal_is_hot(const std::string& path, std::chrono::milliseconds wait) {
  Connection reader(path, SQLITE_OPEN_READONLY);
  reader.set_busy_wait(wait);
  sqlite3_exec(reader.handle(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
  return sqlite3_extended_errcode(reader.handle()) == SQLITE_READONLY_ROLLBACK;
}

// A writer stopped in the middle of a rollback-journal transaction (a bulk
// import leaves WAL for one) leaves a hot journal beside the book; a
// read-only connection cannot roll it back and fails on its first read.
// A short writable connection rolls it back, as the next writing command
// would: the book returns to its last committed state, which is all a
// reader may see anyway. Returns whether it did (SQLite's log says so: the
// journal may also vanish because a live writer committed meanwhile). A
// journal that a live writer holds is not hot: SQLite leaves it, and so
// does this, even for a reader that may not write.
bool roll_back_interrupted_write(const std::string& path, std::chrono::milliseconds wait) {
  const std::string journal = path + "-journal";
  std::error_code error;
  if (!std::filesystem::exists(journal, error) || std::filesystem::file_size(journal, error) == 0) return false;
  const std::filesystem::path folder = std::filesystem::absolute(path, error).parent_path();
  if (access(path.c_str(), W_OK) != 0 || access(folder.c_str(), W_OK) != 0) {
    if (!journal_is_hot(path, wait)) return false;
    throw Error(ErrorKind::Interrupted,
                "the book " + path + " holds a write that was interrupted (" + journal +
                    ", left by a program stopped while writing) and this reader may not write the book or its "
                    "folder to roll it back. Its last committed state is intact: as a user who may write them, run "
                    "`comptoir --db " +
                    path + " verify`, which rolls it back first");
  }
  const std::optional<long> before = Connection::journal_rollbacks();
  Connection writer(path, SQLITE_OPEN_READWRITE);
  writer.set_busy_wait(wait);
  (void)writer.query_int("SELECT count(*) FROM sqlite_schema", "rolling back an interrupted write");
  if (before) return Connection::journal_rollbacks() > before;
  return !std::filesystem::exists(journal, error);
}

// Write-ahead log, durable at each checkpoint (synchronous=NORMAL in WAL).
// A file a bulk import left in rollback-journal mode (running, or killed)
// goes back to WAL by a write that upgrades the switch's read lock, and
// SQLite does not wait for an upgrade (two could wait for each other): the
// switch is tried again here until `wait` is over.
void configure_for_writing(Connection& connection, std::chrono::milliseconds wait) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  for (;;) {
    try {
      connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", "switching to WAL");
      return;
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::Busy || std::chrono::steady_clock::now() >= deadline) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

std::unique_ptr<SqliteBook> SqliteBook::open(const std::string& path, OpenMode mode, std::chrono::milliseconds wait) {
  if (mode != OpenMode::Create && !std::filesystem::exists(path)) {
    throw Error(ErrorKind::NotFound, "no book at " + path + " (create one with `comptoir init`)");
  }
  const bool rolled_back = mode == OpenMode::ReadOnly && roll_back_interrupted_write(path, wait);
  auto state = std::make_unique<SqliteBookState>(path, mode);
  Connection& connection = state->connection();
  // 16 KB pages (before anything is written; ignored on an existing file):
  // shallower B-trees, an import stores a third faster than with 4 KB.
  if (mode == OpenMode::Create) connection.execute("PRAGMA page_size = 16384", "choosing the page size");
  configure(connection, wait);
  check_file_kind(connection, mode);
  if (mode != OpenMode::ReadOnly) {
    configure_for_writing(connection, wait);
    migrate(connection);
  }
  auto book = std::unique_ptr<SqliteBook>(new SqliteBook(std::move(state)));
  book->rolled_back_interrupted_write_ = rolled_back;
  return book;
}

SqliteBook::SqliteBook(std::unique_ptr<SqliteBookState> state) : state_(std::move(state)) {}

SqliteBook::~SqliteBook() = default;

const std::string& SqliteBook::path() const {
  return state_->path();
}

void SqliteBook::hold_read_snapshot() {
  Connection& connection = state_->connection();
  connection.execute("BEGIN", "starting to read");
  // A deferred transaction takes its snapshot at its first read.
  (void)connection.query_int("SELECT count(*) FROM sqlite_schema", "starting to read");
}

int SqliteBook::schema_version() const {
  return static_cast<int>(state_->connection().query_int("PRAGMA user_version", "reading the schema version"));
}

int SqliteBook::current_schema_version() {
  return comptoir::current_schema_version();
}

std::unique_ptr<WriteScope> SqliteBook::begin() {
  return std::make_unique<SqliteWriteScope>(*state_);
}

std::unique_ptr<WriteScope> SqliteBook::begin_import() {
  return std::make_unique<SqliteWriteScope>(*state_, true);
}

}  // namespace comptoir
