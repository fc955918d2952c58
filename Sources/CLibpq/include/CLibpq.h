// libpq, PostgreSQL's own client library (Debian's libpq-dev headers, libpq5 at run time), for the agency
// archive. Only KeyworkArchive imports this module. The functions it uses are declared here as libpq declares
// them, and defined in libpq_lazy.c, which loads libpq the first time one is called (not at every start).
#ifndef KEYWORK_CLIBPQ_H
#define KEYWORK_CLIBPQ_H
#include <postgresql/libpq-fe.h>
#endif
