#ifndef TISEP_CSQLITE_SHIM_H
#define TISEP_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro cast of -1 to a function pointer; Swift cannot
// import it, so expose it as a function.
static inline sqlite3_destructor_type shim_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
