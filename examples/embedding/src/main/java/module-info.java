/**
 * A trust system that embeds spc-core. Being a module, it can reach only what spc-core exports: the compiler
 * refuses any use of the library's internals.
 */
module org.example.trust.quality {
    requires dev.spc.core;
}
