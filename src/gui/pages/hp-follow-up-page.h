/* hp-follow-up-page.h: the page of how the retrieval went */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_FOLLOW_UP_PAGE (hp_follow_up_page_get_type ())
G_DECLARE_FINAL_TYPE (HpFollowUpPage, hp_follow_up_page, HP, FOLLOW_UP_PAGE, HpPage)

G_END_DECLS
