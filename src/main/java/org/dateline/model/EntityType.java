package org.dateline.model;

/** The three kinds of named thing Dateline recognises. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
