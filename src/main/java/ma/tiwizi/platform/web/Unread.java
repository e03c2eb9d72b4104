package ma.tiwizi.platform.web;

import ma.tiwizi.platform.TiwiziPrincipal;

/** How many notices the signed-in user has not read, for the header; given by the module that keeps them. */
public interface Unread {

    int count(TiwiziPrincipal user);
}
