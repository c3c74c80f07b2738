/* cc_test.h - common includes for the cmocka unit tests.  Tests run from
 * the top of the source tree, so rules/ and tests/ paths are relative. */
#ifndef CC_TEST_H
#define CC_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CC_TEST_RULES "rules"
#define CC_TEST_LEXICON "rules/lexicon"

#endif
