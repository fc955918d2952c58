// libpq, PostgreSQL's own client library (Debian's libpq-dev), for the agency archive. Only KeyworkArchive
// imports this module.
#ifndef KEYWORK_CLIBPQ_SHIM_H
#define KEYWORK_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
