/* hp-contacts-page.h: the page of police, security company, relatives and other contacts */
#pragma once

#include "hp-page-private.h"

G_BEGIN_DECLS

#define HP_TYPE_CONTACTS_PAGE (hp_contacts_page_get_type ())
G_DECLARE_FINAL_TYPE (HpContactsPage, hp_contacts_page, HP, CONTACTS_PAGE, HpPage)

G_END_DECLS
