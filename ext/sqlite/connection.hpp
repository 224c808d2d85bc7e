// What the SQL objects of one connection share. One Connection is made when
// the module is loaded into a connection; the modules that use it get it as
// their client data (a std::shared_ptr each, so it lives until the last of
// them is gone, at the latest when the connection closes). A connection is
// used by one thread at a time, so nothing here needs a lock; nothing is
// shared between connections.
#pragma once
#include <memory>

#include "ner/entity_cache.hpp"

namespace natocorpus::sqlite {

struct Connection {
  // The entity analyses of the texts entities() and quotes() read last:
  // entities(body) joined with quotes(body) runs the tagger once per body.
  core::EntityCache entities;
};

// The client data of a module that uses the connection's state.
using ConnectionRef = std::shared_ptr<Connection>;

}  // namespace natocorpus::sqlite
