// libpq is loaded with dlopen the first time the archive calls it, not by the dynamic loader at every start.
// Linked the usual way, it brings twenty more shared libraries (OpenSSL, Kerberos, LDAP, SASL, GnuTLS, p11-kit…)
// whose loading, symbol binding and constructors cost about 2.5 ms of CPU at every start of `keywork`, archive or
// not: a sixth of the first frame (Docs/performance.md). Each function below has libpq's own name and signature
// and calls libpq's; when libpq cannot be loaded, each fails the way libpq fails, with a message that says why.

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Hidden, so that libpq's calls to its own exported functions never bind to these forwarders instead. The C
// library's headers come first, so that only libpq's declarations are made hidden.
#pragma GCC visibility push(hidden)

#include "CLibpq.h"

static void *library;
static char loadProblem[600];
static pthread_once_t loadOnce = PTHREAD_ONCE_INIT;

static void loadLibrary(void) {
    library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(loadProblem, sizeof loadProblem,
                 "PostgreSQL's client library cannot be loaded (%s); install it (Debian: apt-get install libpq5)",
                 reason != NULL ? reason : "libpq.so.5 not found");
    }
}

static void *librarySymbol(const char *name) {
    pthread_once(&loadOnce, loadLibrary);
    return library != NULL ? dlsym(library, name) : NULL;
}

static char *problemMessage(void) {
    pthread_once(&loadOnce, loadLibrary);
    return loadProblem;
}

// `real_NAME()`: libpq's NAME, looked up once, or NULL when libpq cannot be loaded.
#define LIBPQ_FUNCTION(name)                                                                     \
    static __typeof__(&name) real_##name(void) {                                                 \
        static __typeof__(&name) cached;                                                         \
        __typeof__(&name) found = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);                    \
        if (found == NULL) {                                                                     \
            found = (__typeof__(&name))librarySymbol(#name);                                     \
            __atomic_store_n(&cached, found, __ATOMIC_RELEASE);                                  \
        }                                                                                        \
        return found;                                                                            \
    }

LIBPQ_FUNCTION(PQconninfoParse)
LIBPQ_FUNCTION(PQconninfoFree)
LIBPQ_FUNCTION(PQfreemem)
LIBPQ_FUNCTION(PQconnectdbParams)
LIBPQ_FUNCTION(PQstatus)
LIBPQ_FUNCTION(PQerrorMessage)
LIBPQ_FUNCTION(PQfinish)
LIBPQ_FUNCTION(PQexecParams)
LIBPQ_FUNCTION(PQclear)
LIBPQ_FUNCTION(PQresultStatus)
LIBPQ_FUNCTION(PQresultErrorMessage)
LIBPQ_FUNCTION(PQresultErrorField)
LIBPQ_FUNCTION(PQntuples)
LIBPQ_FUNCTION(PQnfields)
LIBPQ_FUNCTION(PQgetisnull)
LIBPQ_FUNCTION(PQgetvalue)

PQconninfoOption *PQconninfoParse(const char *conninfo, char **errmsg) {
    __typeof__(&PQconninfoParse) real = real_PQconninfoParse();
    if (real != NULL) return real(conninfo, errmsg);
    // As libpq does: the reason in memory that PQfreemem frees (plain free while libpq is not loaded).
    if (errmsg != NULL) *errmsg = strdup(problemMessage());
    return NULL;
}

void PQconninfoFree(PQconninfoOption *connOptions) {
    __typeof__(&PQconninfoFree) real = real_PQconninfoFree();
    if (real != NULL) real(connOptions);
}

void PQfreemem(void *ptr) {
    __typeof__(&PQfreemem) real = real_PQfreemem();
    if (real != NULL) real(ptr);
    else free(ptr);
}

PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname) {
    __typeof__(&PQconnectdbParams) real = real_PQconnectdbParams();
    return real != NULL ? real(keywords, values, expand_dbname) : NULL;
}

ConnStatusType PQstatus(const PGconn *conn) {
    __typeof__(&PQstatus) real = real_PQstatus();
    return real != NULL ? real(conn) : CONNECTION_BAD;
}

char *PQerrorMessage(const PGconn *conn) {
    __typeof__(&PQerrorMessage) real = real_PQerrorMessage();
    return real != NULL ? real(conn) : problemMessage();
}

void PQfinish(PGconn *conn) {
    __typeof__(&PQfinish) real = real_PQfinish();
    if (real != NULL) real(conn);
}

PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                       int resultFormat) {
    __typeof__(&PQexecParams) real = real_PQexecParams();
    return real != NULL
               ? real(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)
               : NULL;
}

void PQclear(PGresult *res) {
    __typeof__(&PQclear) real = real_PQclear();
    if (real != NULL) real(res);
}

ExecStatusType PQresultStatus(const PGresult *res) {
    __typeof__(&PQresultStatus) real = real_PQresultStatus();
    return real != NULL ? real(res) : PGRES_FATAL_ERROR;
}

char *PQresultErrorMessage(const PGresult *res) {
    __typeof__(&PQresultErrorMessage) real = real_PQresultErrorMessage();
    return real != NULL ? real(res) : problemMessage();
}

char *PQresultErrorField(const PGresult *res, int fieldcode) {
    __typeof__(&PQresultErrorField) real = real_PQresultErrorField();
    return real != NULL ? real(res, fieldcode) : NULL;
}

int PQntuples(const PGresult *res) {
    __typeof__(&PQntuples) real = real_PQntuples();
    return real != NULL ? real(res) : 0;
}

int PQnfields(const PGresult *res) {
    __typeof__(&PQnfields) real = real_PQnfields();
    return real != NULL ? real(res) : 0;
}

int PQgetisnull(const PGresult *res, int tup_num, int field_num) {
    __typeof__(&PQgetisnull) real = real_PQgetisnull();
    return real != NULL ? real(res, tup_num, field_num) : 1;
}

char *PQgetvalue(const PGresult *res, int tup_num, int field_num) {
    __typeof__(&PQgetvalue) real = real_PQgetvalue();
    static char empty[1];
    return real != NULL ? real(res, tup_num, field_num) : empty;
}

#pragma GCC visibility pop
