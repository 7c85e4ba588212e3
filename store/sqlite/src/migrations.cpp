// The list of schema migrations and the loop that applies them in order.
#include "migrations.hpp"

#include <array>
#include <string>

#include "connection.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

struct Migration {
  int version;
  void (*apply)(Connection&);
};

// One entry per schema version, in order.
constexpr std::array migrations{
    Migration{1, &migrate_to_v1},   Migration{2, &migrate_to_v2},   Migration{3, &migrate_to_v3},
    Migration{4, &migrate_to_v4},   Migration{5, &migrate_to_v5},   Migration{6, &migrate_to_v6},
    Migration{7, &migrate_to_v7},   Migration{8, &migrate_to_v8},   Migration{9, &migrate_to_v9},
    Migration{10, &migrate_to_v10}, Migration{11, &migrate_to_v11}, Migration{12, &migrate_to_v12},
    Migration{13, &migrate_to_v13},
};

std::int64_t user_version(const Connection& connection) {
  return connection.query_int("PRAGMA user_version", "reading the schema version");
}

}  // namespace

int current_schema_version() {
  return migrations.back().version;
}

void migrate(Connection& connection) {
  if (user_version(connection) == current_schema_version()) return;
  connection.execute("BEGIN IMMEDIATE", "starting the schema migration");
  try {
    const std::int64_t from = user_version(connection);  // again: another program may have migrated
    if (from > current_schema_version()) {
      throw Error(ErrorKind::Storage, "the book " + connection.path() + " has schema version " + std::to_string(from) +
                                          ", newer than this program knows (" +
                                          std::to_string(current_schema_version()) + "); upgrade Comptoir");
    }
    for (const auto& migration : migrations) {
      if (migration.version <= from) continue;
      migration.apply(connection);
      connection.execute("PRAGMA user_version = " + std::to_string(migration.version), "recording the schema version");
    }
    connection.execute("COMMIT", "committing the schema migration");
  } catch (...) {
    connection.rollback_quietly();
    throw;
  }
}

}  // namespace comptoir
