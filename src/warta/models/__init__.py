"""Model files shipped with warta (see each folder's LICENSE.txt)."""
